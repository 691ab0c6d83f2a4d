"""The headless core: registry, rules, pricing and journal. Never imports Qt."""
