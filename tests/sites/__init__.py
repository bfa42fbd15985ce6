"""Test sites written for the purpose (hostile servers on 127.0.0.1)."""
