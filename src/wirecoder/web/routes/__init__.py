"""One module per resource; each holds an ``APIRouter`` whose pages compute one dictionary each."""

from wirecoder.web.routes import actors, aggregates, articles, code, events, places, quotes

ROUTERS = [r.router for r in (aggregates, events, articles, actors, places, quotes, code)]

__all__ = ["ROUTERS"]
