"""The bundled sample web: fictional clinic websites on loopback addresses, and the answer key to their content.

    with SampleWeb() as web:
        crawl(web.start_urls)

`python -m clinicdir.sample_web` serves it in the foreground.
"""

from clinicdir.sample_web.answer_key import ANSWER_KEY, ExpectedClinic
from clinicdir.sample_web.server import SampleWeb

__all__ = ["ANSWER_KEY", "ExpectedClinic", "SampleWeb"]
