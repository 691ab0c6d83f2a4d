"""Pieces shared by the cashier and admin windows."""
