"""Learn: plain-language articles, glossary and sources (see view.py)."""
