"""The search fixtures live in hejnal/conftest.py (news tests share them)."""
