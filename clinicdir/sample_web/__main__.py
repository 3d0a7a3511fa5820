"""Serve the sample web until Ctrl-C, printing every site's address."""

import time

from clinicdir.sample_web import SampleWeb

if __name__ == "__main__":
    with SampleWeb() as web:
        print("\n".join(web.start_urls), flush=True)
        print("serving the sample web on loopback; Ctrl-C stops", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
