"""Scheduling for polite crawls of many sites: a request leaves the scheduler when its site may be asked again.

Scrapy counts a request waiting out its site's DOWNLOAD_DELAY inside the downloader as one of the
CONCURRENT_REQUESTS, so a scheduler that hands out requests of sites still in their delay fills the downloader with
waiting and leaves the network idle. This queue hands out a request of a site whose delay is over; sites already
being read come before new ones (so a crawl of 10,000 sites holds few half-read sites), until the sites left to
start are fewer than those being read; when no site is ready it hands out nothing, unless the downloader would
otherwise sit empty or the next site is ready in a moment.
"""

from __future__ import annotations

import heapq
import itertools
from collections import deque
from time import monotonic

from scrapy import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue

# A request whose site is ready within this many seconds may wait in the downloader rather than in the queue.
_SOON = 0.2


class PoliteSiteQueue(DownloaderAwarePriorityQueue):
    """SCHEDULER_PRIORITY_QUEUE: one priority queue per download slot (DownloaderAwarePriorityQueue's), handed out
    in the order the slots may send their next request."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._fresh: deque[str] = deque()                 # slots never asked yet, in the order they came
        self._waiting: list[tuple[float, int, str]] = []  # (may send at, order, slot) of slots already asked
        self._listed: set[str] = set()                    # slots in _fresh or _waiting
        self._sent: dict[str, float] = {}                 # when each listed slot's last request was handed out
        self._order = itertools.count()
        for slot in self.pqueues:   # requests of a crawl resumed from JOBDIR
            self._fresh.append(slot)
            self._listed.add(slot)
        settings = self.crawler.settings
        # The delay of a site's download slot before its first answer (AutoThrottle starts it higher).
        self._start_delay = max(settings.getfloat("DOWNLOAD_DELAY"), settings.getfloat("AUTOTHROTTLE_START_DELAY")
                                if settings.getbool("AUTOTHROTTLE_ENABLED") else 0.0)

    def push(self, request: Request) -> None:
        super().push(request)
        slot = self._downloader_interface.get_slot_key(request)
        if slot not in self._listed:
            self._listed.add(slot)
            if slot in self._downloader_interface.downloader.slots:
                heapq.heappush(self._waiting, (self._ready_at(slot), next(self._order), slot))
            else:
                self._fresh.append(slot)

    def pop(self) -> Request | None:
        now = monotonic()
        slot = self._choose(now)
        if slot is None:
            return None
        if self._fresh and self._fresh[0] == slot:
            self._fresh.popleft()
        else:
            heapq.heappop(self._waiting)
        return self._take(slot, now)

    def peek(self) -> Request | None:
        slot = self._choose(monotonic())
        return self.pqueues[slot].peek() if slot is not None else None

    def _choose(self, now: float) -> str | None:
        """The slot whose request goes next, left at the head of its list; None when none should go now."""
        # The last sites to start set the end of the crawl (each needs its own chain of delays): once fewer are
        # left to start than are being read, they start first.
        if self._fresh and len(self._fresh) <= len(self._waiting):
            return self._fresh[0]
        while self._waiting and self._waiting[0][0] <= now:
            slot = self._waiting[0][2]
            ready_at = self._ready_at(slot)
            if ready_at <= now:
                return slot
            heapq.heapreplace(self._waiting, (ready_at, next(self._order), slot))
        if self._fresh:
            return self._fresh[0]
        # Nothing ready: wait in the queue, where a request holds no downloader slot, unless the next site is ready
        # in a moment or the downloader has nothing to do (then its own timer sends the request on time).
        if self._waiting and (self._waiting[0][0] <= now + _SOON or not self._downloader_interface.downloader.active):
            return self._waiting[0][2]
        return None

    def _take(self, slot: str, now: float) -> Request | None:
        queue = self.pqueues[slot]
        request = queue.pop()
        self._sent[slot] = now
        if len(queue):
            heapq.heappush(self._waiting, (self._ready_at(slot), next(self._order), slot))
        else:
            del self.pqueues[slot]
            queue.close()
            self._listed.discard(slot)
            del self._sent[slot]
        return request

    def _ready_at(self, key: str) -> float:
        """When the downloader will send this slot's next request without holding it back."""
        slot = self._downloader_interface.downloader.slots.get(key)
        sent = self._sent.get(key, 0.0)
        if slot is None:
            return sent + self._start_delay if sent else 0.0
        if slot.queue or slot.free_transfer_slots() <= 0:
            return monotonic() + max(slot.delay, 0.05)
        return max(slot.lastseen, sent) + slot.delay
