"""The till window a cashier uses all day."""
