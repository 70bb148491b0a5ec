#!/usr/bin/env python3
"""Takes the screenshots under Documentation/screenshots/ from the committed Reports/ with headless
Chromium through Selenium (pip install selenium; Debian's chromium and chromium-driver), at desktop
(1280 px) and phone (390 px) width. A shot of a section (#id) is scrolled to that section first.
Look at them before committing: they are how a reader sees the site.

    python3 scripts/screenshots.py
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SITE = os.path.join(ROOT, "Reports")
OUT = os.path.join(ROOT, "Documentation", "screenshots")

# name, width, height, page under Reports/, section id or None
SHOTS = [
    ("index", 1280, 1800, "index.html", None),
    ("index-phone", 390, 2600, "index.html", None),
    ("mission-nhs", 1280, 2000, "missions/nhs.html", None),
    ("mission-nhs-phone", 390, 2800, "missions/nhs.html", None),
    ("board-pack-nhs", 1280, 2300, "missions/nhs/board-pack.html", None),
    ("contract-dft-2024-0315", 1280, 2100, "contracts/dft-2024-0315.html", None),
    ("contract-dft-2024-0315-phone", 390, 2800, "contracts/dft-2024-0315.html", None),
    ("department-review", 1280, 1500, "departments/dft.html", None),
    ("department-review-kpis", 1280, 1100, "departments/dft.html", "contract-dft-2024-0315"),
    ("theory-of-change", 1280, 1200, "missions/nhs.html", "theory-of-change"),
    ("theory-of-change-phone", 390, 1400, "missions/nhs.html", "theory-of-change"),
    ("milestone-chart", 1280, 1000, "missions/nhs.html", "milestones"),
]


def main():
    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        for name, width, height, page, section in SHOTS:
            driver.set_window_size(width, height)
            # The window's outer size includes no browser chrome when headless; make the viewport exact.
            inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
            driver.set_window_size(width + (width - inner[0]), height + (height - inner[1]))
            driver.get("file://" + os.path.join(SITE, page))
            if section:
                driver.execute_script("document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -20)", section)
            path = os.path.join(OUT, name + ".png")
            driver.save_screenshot(path)
            print(f"{path} ({width}x{height}, {page}{'#' + section if section else ''})", file=sys.stderr)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
