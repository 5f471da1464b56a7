"""The library: formats, prompt-card decks and questionnaires, with their editors."""
