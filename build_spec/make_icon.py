"""Draw the program's icon and write resources/icon.png, icon.ico and icon.icns.

The icon is a report sheet on a rounded blue square, with a cluster of three linked circles
(the OCMWs of the cluster) in front of it. Drawn at 1024 px and scaled down, so every size
is smooth. Run it again only to change the icon: the three files are committed.

    .venv/bin/python build_spec/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024
RESOURCES = Path(__file__).resolve().parent.parent / "resources"

BLUE = (31, 78, 121, 255)
PAPER = (250, 250, 247, 255)
LINE = (176, 190, 204, 255)
LINK = (40, 55, 71, 255)
CIRCLES = [(232, 119, 34, 255), (0, 150, 136, 255), (244, 187, 0, 255)]


def draw(size: int = SIZE) -> Image.Image:
    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle([40 * s, 40 * s, 984 * s, 984 * s], radius=200 * s, fill=BLUE)
    # The report sheet, with a folded corner and lines of text.
    left, top, right, bottom, fold = 250 * s, 170 * s, 774 * s, 860 * s, 130 * s
    d.polygon(
        [(left, top), (right - fold, top), (right, top + fold), (right, bottom), (left, bottom)],
        fill=PAPER,
    )
    d.polygon([(right - fold, top), (right - fold, top + fold), (right, top + fold)], fill=LINE)
    for number, y in enumerate(range(270, 480, 70)):
        end = right - fold - 30 * s if number == 0 else right - 70 * s
        d.rounded_rectangle([left + 70 * s, y * s, end, y * s + 28 * s], radius=14 * s, fill=LINE)
    # The cluster: three circles linked in a triangle.
    centres = [(390 * s, 720 * s), (634 * s, 720 * s), (512 * s, 560 * s)]
    for a in range(3):
        for b in range(a + 1, 3):
            d.line([centres[a], centres[b]], fill=LINK, width=round(26 * s))
    radius = 70 * s
    for (x, y), colour in zip(centres, CIRCLES):
        d.ellipse([x - radius - 12 * s, y - radius - 12 * s, x + radius + 12 * s, y + radius + 12 * s], fill=PAPER)
        d.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    return image


def main() -> None:
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(RESOURCES / "icon.png", optimize=True)
    big.save(RESOURCES / "icon.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    big.save(RESOURCES / "icon.icns")


if __name__ == "__main__":
    main()
