"""The human summary of a crawl (crawl-report.md), and how it compares with the previous crawl."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

# A drop in clinics larger than this share of the previous crawl's count is called out.
SHARP_DROP = 0.2


def read_items(paths: dict[str, Path]) -> dict[str, list[dict]]:
    """Each spider's items from its JSON Lines file."""
    items: dict[str, list[dict]] = {}
    for spider, path in paths.items():
        with Path(path).open(encoding="utf-8") as handle:
            items[spider] = [json.loads(line) for line in handle if line.strip()]
    return items


def crawl_report(stats: dict, items: dict[str, list[dict]], previous: dict | None = None) -> str:
    lines = ["# Crawl report", ""]
    for spider, spider_stats in sorted(stats.items()):
        sites = spider_stats.get("sites", {})
        failed = {root: r for root, r in sites.items() if r["status"] == "failed"}
        clinics = items.get(spider, [])
        priced = sum(1 for item in clinics if item.get("fee_min") is not None)
        not_providers = sum(1 for item in clinics if item.get("ketamine_provider") is False)
        elsewhere = spider_stats.get(f"{spider}/sites_read_by_other_spider", 0)
        dropped = {key.rsplit("/", 1)[-1]: n for key, n in spider_stats.items()
                   if key.startswith("item_dropped_reasons_count/")}
        lines += [
            f"## {spider}", "",
            f"- finished: {spider_stats.get('finish_reason', 'unknown')}, "
            f"{spider_stats.get('elapsed_time_seconds', 0):.1f} s",
            f"- sites: {len(sites)} tried, {len(sites) - len(failed)} read, {len(failed)} failed"
            + (f"; {elsewhere} found here were read by another spider" if elsewhere else ""),
            f"- pages: {spider_stats.get(f'{spider}/pages_read', 0)} read, "
            f"{spider_stats.get(f'{spider}/pages_failed', 0)} failed, "
            f"{spider_stats.get(f'{spider}/pages_forbidden_by_robots', 0)} forbidden by robots.txt",
            f"- clinics: {len(clinics)}; with a published fee: {priced}; without: {len(clinics) - priced}; "
            f"not ketamine providers: {not_providers}",
            f"- items dropped: {sum(dropped.values())}"
            + (" (" + ", ".join(f"{reason}: {n}" for reason, n in sorted(dropped.items())) + ")" if dropped else ""),
        ]
        if failed:
            lines += ["", "| failed site | reason | found in |", "| --- | --- | --- |"]
            lines += [f"| {root} | {_cell(r['reason'])} | {_cell(r.get('source', ''))} |"
                      for root, r in sorted(failed.items())]
        capped = {root: r for root, r in sites.items() if r.get("claimed", 0) > r["clinics"]}
        if capped:
            lines += ["", "| site claiming too many locations | claimed | kept, sent to review |", "| --- | --- | --- |"]
            lines += [f"| {root} | {r['claimed']} | {r['clinics']} |" for root, r in sorted(capped.items())]
        skipped = spider_stats.get("skipped_urls", [])
        if skipped:
            lines += ["", "| skipped URL | found in | reason |", "| --- | --- | --- |"]
            lines += [f"| {_cell(s['url'])} | {_cell(s['source'])} | {_cell(s['reason'])} |" for s in skipped]
        reasons = Counter(f.split(": ", 1)[-1] for r in sites.values() for f in r.get("page_failures", []))
        if reasons:
            lines += ["", "Page failures: " + ", ".join(f"{reason} ({n})" for reason, n in reasons.most_common())]
        lines += ["", *_compared(spider, spider_stats, len(clinics), previous), ""]
    return "\n".join(lines)


def _cell(text: str) -> str:
    """A scraped value inside a Markdown table cell, unable to end the cell or the row."""
    return " ".join(str(text).replace("|", "\\|").split())[:300]


def _compared(spider: str, spider_stats: dict, clinics: int, previous: dict | None) -> list[str]:
    before = (previous or {}).get(spider)
    if not before:
        return ["No previous crawl to compare with."]
    lines = ["### Since the previous crawl", ""]
    now_sites = spider_stats.get("sites", {})
    stopped = sorted(root for root, r in before.get("sites", {}).items()
                     if r["status"] == "read" and now_sites.get(root, {}).get("status") == "failed")
    lines += [f"- stopped answering: {root} ({now_sites[root]['reason']})" for root in stopped]
    earlier = before.get("item_scraped_count", 0)
    if earlier and clinics < earlier * (1 - SHARP_DROP):
        lines.append(f"- sharp drop in clinics: {earlier} → {clinics} ({(clinics - earlier) / earlier:+.0%})")
    return lines if len(lines) > 2 else lines + ["- no site stopped answering; no sharp drop in clinics"]
