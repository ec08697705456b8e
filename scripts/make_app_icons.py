"""Draws the app's icons (static/icons/) from the favicon's mark: a calm blue tile, a white
arc and a warm sun. Run once when the mark changes; the PNGs are committed.

    .venv/bin/python scripts/make_app_icons.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

BLUE = (31, 95, 139, 255)
SUN = (255, 191, 71, 255)
WHITE = (255, 255, 255, 255)
OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
SCALE = 4  # drawn large and scaled down, for smooth edges


def mark(size: int, *, maskable: bool, rounded: bool) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if rounded:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big * 7 // 32, fill=BLUE)
    else:
        draw.rectangle((0, 0, big, big), fill=BLUE)
    # A maskable icon keeps its mark inside the central 80% safe zone.
    unit = big / 32 * (0.72 if maskable else 1.0)
    centre = big / 2

    def at(x: float, y: float) -> tuple[float, float]:
        return centre + (x - 16) * unit, centre + (y - 16) * unit

    # The arc: half a circle of radius 7 around (16, 21), 3 units wide (Pillow strokes
    # inwards from the box, so the box is the outer edge, radius 8.5), with round caps.
    left, top = at(7.5, 12.5)
    right, bottom = at(24.5, 29.5)
    draw.arc((left, top, right, bottom), start=180, end=360, fill=WHITE, width=round(3 * unit))
    for x in (9, 23):
        cx, cy = at(x, 21)
        r = 1.5 * unit
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    cx, cy = at(16, 11)
    r = 3 * unit
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=SUN)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        mark(size, maskable=False, rounded=True).save(OUT / f"icon-{size}.png", optimize=True)
        mark(size, maskable=True, rounded=False).save(
            OUT / f"icon-maskable-{size}.png", optimize=True
        )
    # iOS rounds the corners itself and shows transparency as black: a full square.
    mark(180, maskable=False, rounded=False).convert("RGB").save(
        OUT / "apple-touch-icon.png", optimize=True
    )


if __name__ == "__main__":
    main()
