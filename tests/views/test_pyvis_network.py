"""pyvis is imported without IPython (its notebook-only import costs most of pyvis's import), and a later real
`import IPython` still gets the real package."""

import subprocess
import sys

PROBE = """
import sys
from kmgraph.views.pyvis_network import pyvis_network
Network = pyvis_network()
print("ipython_after_pyvis", "IPython" in sys.modules)
net = Network(height="100%", width="100%", cdn_resources="in_line")
net.set_options('{"physics": {"enabled": false}}')
print("options", net.options["physics"]["enabled"])
import IPython
from IPython.display import IFrame
print("real_ipython", bool(getattr(IPython, "__file__", None)), IFrame.__module__)
"""


def run_probe(code: str) -> dict[str, str]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_pyvis_is_imported_without_ipython_and_ipython_stays_importable():
    seen = run_probe(PROBE)
    assert seen["ipython_after_pyvis"] == "False"
    assert seen["options"] == "False"
    assert seen["real_ipython"].startswith("True IPython.")


def test_with_ipython_loaded_first_pyvis_gets_the_real_one():
    seen = run_probe("""
import IPython
from kmgraph.views.pyvis_network import pyvis_network
pyvis_network()
import pyvis.network
print("iframe", pyvis.network.IFrame.__module__)
""")
    assert seen["iframe"].startswith("IPython.")
