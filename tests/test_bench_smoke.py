"""Every benchmark runs at a small size, so none of them rots; their figures are not judged here."""

from bench import bench_build, bench_crawl, bench_extract, bench_geo, bench_polite_crawl


def rows(markdown: str) -> list[list[str]]:
    lines = [line for line in markdown.splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines]


def test_build_benchmark():
    table = rows(bench_build.main(sizes=(150, 300), repeat=1))
    assert [row[0] for row in table] == ["150", "300"]
    assert all(float(row[2]) > 0 for row in table) and table[1][3].endswith("x")


def test_extraction_benchmark():
    table = rows(bench_extract.main(repeat=2))
    assert len(table) == 4 and all(int(row[3]) > 0 for row in table[:2])
    assert table[2][0] == "50 KB one-line footer" and float(table[2][4]) > 0
    assert table[3][0].startswith("sample web, ") and float(table[3][4]) > 0


def test_crawl_benchmark_beside_scrapy_bench():
    table = rows(bench_crawl.main(sites=5, bench_seconds=2, repeat=1))
    ours, scrapy_bench = table
    assert int(ours[2]) >= 5 * 5   # each site: robots.txt and its pages
    assert float(ours[3]) > 0 and float(scrapy_bench[3]) > 0 and ours[4].endswith("%")


def test_polite_crawl_benchmark():
    (row,) = rows(bench_polite_crawl.main(sites=4, repeat=1))
    assert row[0] == "4 (4)" and int(row[1]) == 4 * 6   # robots.txt, home and four linked pages per site
    assert float(row[3]) >= 5 and row[4].endswith("%")   # five requests after the first, a second apart
    assert float(row[8].split(" / ")[0]) >= 0.9          # the production delay, kept


def test_geocoding_benchmark():
    assert rows(bench_geo.main(n=200))
