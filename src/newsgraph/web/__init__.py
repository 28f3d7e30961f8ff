"""`newsgraph serve`: a local web app over the knowledge base (server-rendered pages + a JSON API under /api)."""

from newsgraph.web.app import create_app

__all__ = ["create_app"]
