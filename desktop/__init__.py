"""Sanaq Desktop: the population census inside institutions."""

__version__ = "0.1.0"
