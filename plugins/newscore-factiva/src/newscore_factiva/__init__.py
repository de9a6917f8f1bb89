"""newscore plugin for Dow Jones Factiva exports (placeholder while installing)."""
