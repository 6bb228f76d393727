"""One module per tab of the case file."""
