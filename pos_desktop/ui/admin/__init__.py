"""The admin window: the registry, the rules and the audit log, behind a sign-in."""
