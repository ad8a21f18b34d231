"""Render the scan source text to page images (grey, slightly rotated, speckled)
and save an image-only PDF with no text layer."""
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter
random.seed(7)
lines = open("mou-bitung-general-santos-scan.txt", encoding="utf-8").read().splitlines()
font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 17)
W, H, per = 1240, 1754, 60   # A4 at 150 dpi
pages = []
for start in range(0, len(lines), per):
    img = Image.new("L", (W, H), 250)
    d = ImageDraw.Draw(img)
    y = 110
    for ln in lines[start:start+per]:
        d.text((120, y), ln, font=font, fill=25)
        y += 25
    for _ in range(1500):
        x, yy = random.randrange(W), random.randrange(H)
        d.point((x, yy), fill=random.randrange(120, 200))
    img = img.rotate(0.6, resample=Image.BICUBIC, fillcolor=250).filter(ImageFilter.GaussianBlur(0.6))
    pages.append(img.point(lambda v: 0 if v < 150 else 255).convert("1"))
pages[0].save("../mou-bitung-general-santos-scan-image-only.pdf", save_all=True, append_images=pages[1:], resolution=150)
