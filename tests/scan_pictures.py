"""Pictures of printed pages as a scanner or a phone makes them: for the tests and the benchmark
of reading data codes back (``tests/export/test_scan.py``, ``benchmarks/bench_scan.py``).

Only Pillow: pages rendered with PDFium at a resolution, then turned, scaled, blurred, made
noisy, put in perspective and saved as a low-quality JPEG, in grey.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageFilter


def render_pages(pdf: bytes, dpi: int, *, grey: bool = True) -> list[Image.Image]:
    """Every page of ``pdf`` as a picture at ``dpi``, as a flatbed scanner gives it."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        return [document[i].render(scale=dpi / 72, grayscale=grey).to_pil() for i in range(len(document))]
    finally:
        document.close()


@dataclass(frozen=True)
class Distortion:
    """How much a picture is spoilt. ``angle`` in degrees, ``scale`` of the size, ``blur`` the
    Gaussian radius in pixels, ``noise`` the standard deviation in grey levels, ``perspective``
    how far one corner moves (share of the side), ``quality`` the JPEG quality (None: PNG)."""

    angle: float = 0.0
    scale: float = 1.0
    blur: float = 0.0
    noise: float = 0.0
    perspective: float = 0.0
    quality: int | None = None

    def label(self) -> str:
        parts = [f"{self.angle:+.1f}°", f"×{self.scale:.2f}"]
        if self.blur:
            parts.append(f"blur {self.blur:.1f}")
        if self.noise:
            parts.append(f"noise {self.noise:.0f}")
        if self.perspective:
            parts.append(f"persp {self.perspective:.3f}")
        if self.quality:
            parts.append(f"JPEG q{self.quality}")
        return " ".join(parts)


def scanner_like(seed: int) -> Distortion:
    """A page fed crooked through an office scanner: up to 5°, a little scaling and blur,
    noise, JPEG quality 40–60."""
    rng = random.Random(seed)
    return Distortion(angle=rng.uniform(-5, 5), scale=rng.uniform(0.95, 1.05), blur=rng.uniform(0.3, 0.9),
                      noise=rng.uniform(4, 12), perspective=0.0, quality=rng.randint(40, 60))


def phone_like(seed: int) -> Distortion:
    """A page photographed with a phone: turned, in slight perspective, soft, noisy, JPEG."""
    rng = random.Random(seed)
    return Distortion(angle=rng.uniform(-5, 5), scale=rng.uniform(0.9, 1.1), blur=rng.uniform(0.5, 1.0),
                      noise=rng.uniform(6, 14), perspective=rng.uniform(0.01, 0.03), quality=rng.randint(35, 55))


def distort(picture: Image.Image, how: Distortion, seed: int = 0) -> Image.Image:
    """``picture`` spoilt as ``how`` says, in grey; read back from its JPEG bytes when
    ``how.quality`` is set."""
    image = picture.convert("L")
    if how.scale != 1.0:
        image = image.resize((round(image.width * how.scale), round(image.height * how.scale)),
                             Image.Resampling.BILINEAR)
    if how.angle:
        image = image.rotate(how.angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    if how.perspective:
        w, h = image.size
        d = how.perspective
        corners = [(w * d, 0), (w * (1 - d / 2), h * d), (w, h), (0, h * (1 - d))]
        image = image.transform((w, h), Image.Transform.PERSPECTIVE,
                                _perspective([(0, 0), (w, 0), (w, h), (0, h)], corners),
                                Image.Resampling.BILINEAR, fillcolor=255)
    if how.blur:
        image = image.filter(ImageFilter.GaussianBlur(how.blur))
    if how.noise:
        random.seed(seed)
        noise = Image.effect_noise(image.size, how.noise)
        image = ImageChops.add(image, noise, 1.0, -128)
    if how.quality:
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=how.quality)
        image = Image.open(io.BytesIO(buffer.getvalue()))
        image.load()
    return image


def _perspective(source, target) -> list[float]:
    """The eight coefficients Pillow's PERSPECTIVE transform wants to map ``target`` corners
    back to ``source`` ones (solved by Gaussian elimination: no numpy here)."""
    rows, values = [], []
    for (x, y), (u, v) in zip(source, target):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    matrix = [row + [value] for row, value in zip(rows, values)]
    size = len(values)
    for column in range(size):
        pivot = max(range(column, size), key=lambda r: abs(matrix[r][column]))
        matrix[column], matrix[pivot] = matrix[pivot], matrix[column]
        for row in range(size):
            if row != column:
                factor = matrix[row][column] / matrix[column][column]
                matrix[row] = [a - factor * b for a, b in zip(matrix[row], matrix[column])]
    return [matrix[i][size] / matrix[i][i] for i in range(size)]
