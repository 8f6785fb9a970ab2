/** The page itself: its tab shows the app's mark, and the browser asks for no icon that is not there (a 404 on every start). */
import { expect, test } from './fixtures';

test('the page names an SVG icon that loads', async ({ page }) => {
  const icon = page.locator('link[rel="icon"]');
  // A file on the web host; the Electron build may inline it (a data: URL), which the CSP's img-src allows.
  await expect(icon).toHaveAttribute('href', /\.svg$|^data:image\/svg\+xml/);
  // Loaded as an image the way the browser loads the tab's icon: an icon that is not there fails to decode.
  const size = await icon.evaluate(async (link: HTMLLinkElement) => {
    const img = new Image();
    img.src = link.href;
    await img.decode();
    return img.naturalWidth;
  });
  expect(size).toBeGreaterThan(0);
});
