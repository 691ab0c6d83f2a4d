<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AdminApp</name>
    <message>
        <source>The admin window cannot start: {problem}.</source>
        <translation>Fereastra de administrare nu poate porni: {problem}.</translation>
    </message>
</context>
<context>
    <name>CashierApp</name>
    <message>
        <source>The till cannot start: {problem}.</source>
        <translation>Casa nu poate porni: {problem}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The system&apos;s language</source>
        <translation>Limba sistemului</translation>
    </message>
</context>
</TS>
