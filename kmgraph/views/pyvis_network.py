"""pyvis's Network class, imported without IPython.

pyvis imports IPython at its top only to hand a notebook an IFrame from Network.show(). Outside a notebook that import
is most of pyvis's cost (IPython, jedi, prompt_toolkit …: about 600 modules, 0.5 s of CPU here), and kmgraph never calls
show(). So when IPython is not loaded yet, pyvis is imported against a minimal IPython.display holding only IFrame, and
that stand-in is taken out of sys.modules again at once: a later `import IPython` finds the real package. In a notebook
IPython is loaded already and pyvis gets the real one."""

from __future__ import annotations

import sys
import threading
import types

_LOCK = threading.Lock()
_STAND_INS = ("IPython", "IPython.display")


class IFrame:
    """What pyvis's show() returns in a notebook: an iframe of the written page."""

    def __init__(self, src: str, width, height, **kwargs):
        self.src, self.width, self.height = src, width, height

    def _repr_html_(self) -> str:
        return f'<iframe src="{self.src}" width="{self.width}" height="{self.height}" frameborder="0"></iframe>'


def pyvis_network():
    """pyvis.network.Network, importing pyvis without IPython unless IPython is loaded already."""
    with _LOCK:
        module = sys.modules.get("pyvis.network")
        if module is None:
            if "IPython" in sys.modules:
                import pyvis.network as module
            else:
                package, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
                display.IFrame, package.display = IFrame, display
                sys.modules.update({"IPython": package, "IPython.display": display})
                try:
                    import pyvis.network as module
                finally:
                    for name in _STAND_INS:
                        if sys.modules.get(name) in (package, display):
                            del sys.modules[name]
        return module.Network
