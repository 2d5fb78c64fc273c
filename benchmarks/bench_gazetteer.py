"""Time the gazetteer: loading gazetteer.tsv once, then resolving every district and office name in it.

usage: python benchmarks/bench_gazetteer.py [ROUNDS]   (default 20)
"""

from __future__ import annotations

import sys
import time


def main(rounds: int = 20) -> None:
    start = time.perf_counter()
    from kmgraph import tables
    from kmgraph.extract.gazetteer import gazetteer

    g = gazetteer()
    load_s = time.perf_counter() - start
    district_office = tables.lexicon().offices.district_canonical
    names = [d.name for d in g.districts]
    offices = [district_office + name for name in names]
    contexts = [f"{tables.lexicon().gazetteer.province_prefixes[0]}{d.province_name}" for d in g.districts]

    def timed(label: str, call, inputs) -> None:
        begin = time.perf_counter()
        for _ in range(rounds):
            for item in inputs:
                call(item)
        seconds = time.perf_counter() - begin
        count = rounds * len(inputs)
        print(f"{label:<44} {count:>7,} calls  {seconds:6.3f} s  {seconds / count * 1e6:6.1f} µs/call")

    print(f"load gazetteer.tsv ({len(g.districts)} districts, "
          f"{sum(len(d.subdistricts) for d in g.districts):,} subdistricts) with kmgraph imports: {load_s:.3f} s")
    timed("districts_named(name)", g.districts_named, names)
    timed("resolve_district(name)", g.resolve_district, names)
    timed("resolve_district(name, context_text=province)",
          lambda pair: g.resolve_district(pair[0], context_text=pair[1]), list(zip(names, contexts, strict=True)))
    timed("province_of_office(office)", g.province_of_office, offices)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
