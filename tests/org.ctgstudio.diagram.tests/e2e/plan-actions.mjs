// End-to-end: Plan d'actions in web mode. Each step is saved ("Enregistrer"), then the Java test checks the model
// and representation files before answering OK. Last, a page started ahead (the server's page token only) is given
// the diagram and shows it.
// Usage: node plan-actions.mjs <page address> <output folder> <started page address> <diagram id> <document token>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, nodes, stepper } from './browser.mjs';

const [address, out, startedAddress, diagramId, documentToken] = process.argv.slice(2);
const step = stepper();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on('pageerror', error => process.stderr.write(`page error: ${error.message}\n`));
  await page.goto(address);
  await page.waitForSelector('body[data-ctg-ready="true"]', { timeout: 30000 });
  await nodes(page).first().waitFor();
  const save = async () => page.click('#ctg-save');

  // The diagram has the keyboard once opened (its shortcuts work without a click), and the palette speaks French.
  await page.waitForFunction(() => document.activeElement?.id === 'sprotty_graph', null, { timeout: 5000 });
  const titles = await page.evaluate(() => [...document.querySelectorAll('#sprotty [title]')]
    .map(element => element.title));
  for (const expected of ['Sélection', 'Sélection par rectangle (Maj)', 'Valider le modèle', 'Filtrer les outils',
    'Réduire la palette']) {
    if (!titles.includes(expected)) {
      throw new Error(`the palette should have « ${expected} » among its titles: ${titles.join(', ')}`);
    }
  }

  // A fiche action from the palette, dropped on an empty part of the diagram.
  await page.locator('#sprotty .tool-palette').getByText('Fiche action', { exact: true }).click();
  await page.mouse.click(1300, 880);
  const created = nodes(page, 'Nouvelle fiche');
  await created.waitFor();
  await save();
  await step('created');

  // Connected to an objective with the palette's link tool: click the source, then the target.
  await page.locator('#sprotty .tool-palette').getByText('Objectif → fiche action', { exact: true }).click();
  await nodes(page, 'O1.1').first().click();
  await created.click();
  await page.waitForFunction(() => document.querySelectorAll('#sprotty .ctg-edge').length > 0);
  await save();
  await step('connected');

  // Renamed by direct edit (double-click on the node edits its label); on a loaded machine a double-click can
  // land while the node is redrawn, so it is tried again.
  const editor = page.locator('.label-edit input, .label-edit textarea').first();
  for (let attempt = 0; attempt < 5; attempt++) {
    await created.dblclick();
    if (await editor.waitFor({ timeout: 5000 }).then(() => true, () => false)) {
      break;
    }
  }
  await editor.waitFor();
  // The editor starts from the fiche's title, not from its whole label (number, status).
  const initial = await editor.inputValue();
  if (initial !== 'Nouvelle fiche action') {
    throw new Error(`the direct edit should start from the title « Nouvelle fiche action », not « ${initial} »`);
  }
  await editor.fill('Fiche créée dans le navigateur');
  await editor.press('Enter');
  await nodes(page, 'Fiche créée').waitFor();
  // The keyboard is the diagram's again (Ctrl+Z, Suppr act on it), not a hidden field's.
  const focused = await page.evaluate(() => document.activeElement?.id);
  if (focused !== 'sprotty_graph') {
    throw new Error(`after a direct edit the diagram should have the keyboard, not « ${focused} »`);
  }
  await save();
  await step('renamed');

  await page.click('#ctg-undo');
  await nodes(page, 'Nouvelle fiche').waitFor();
  await save();
  await step('undone');

  await page.click('#ctg-redo');
  await nodes(page, 'Fiche créée').waitFor();
  await save();
  await step('redone');

  await page.click('#ctg-layout');
  await page.waitForTimeout(500);
  await save();
  await step('arranged');

  // « Exporter SVG »: the picture the server paints of the diagram as stored.
  const exportAddress = new URL(address);
  exportAddress.pathname = '/export.svg';
  const picture = await page.request.get(exportAddress.toString());
  writeFileSync(join(out, 'plan-actions-export.svg'), await picture.text());
  await page.screenshot({ path: join(out, 'plan-actions-browser.png') });
  await step('exported');

  // Zoomed far out, the nodes are drawn in the overview (overview.tsx); selecting them all draws them on their own
  // again (a selection changes in place, the overview must follow it), and a step in and back out keeps it.
  const drawn = () => page.evaluate(() => ({
    alone: [...document.querySelectorAll('#sprotty g.ctg-node')].filter(n => !n.querySelector('g.ctg-node')).length,
    overview: [...document.querySelectorAll('#sprotty g.ctg-overview')].reduce((sum, g) => sum + Number(g.dataset.nodes), 0)
  }));
  const view = await page.locator('#sprotty #sprotty_graph').boundingBox();
  await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
  for (let i = 0; i < 20 && (await drawn()).overview === 0; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(150);
  }
  // One step further, then a click on the background, far from the diagram now: nothing selected.
  await page.mouse.wheel(0, 100);
  await page.waitForTimeout(150);
  const background = async () => page.mouse.click(view.x + 40, view.y + view.height - 40);
  await background();
  await page.waitForFunction(() => document.querySelectorAll('#sprotty g.ctg-node.selected').length === 0);
  await page.waitForTimeout(200);
  const zoomedOut = await drawn();
  const leaves = zoomedOut.alone + zoomedOut.overview;
  if (zoomedOut.overview < leaves / 2) {
    throw new Error(`zoomed out, most nodes should be drawn in the overview: ${JSON.stringify(zoomedOut)}`);
  }
  await page.keyboard.press('Control+KeyA');
  await page.waitForFunction(n => document.querySelectorAll('#sprotty g.ctg-node.selected').length === n
    && document.querySelectorAll('#sprotty g.ctg-overview').length === 0, leaves, { timeout: 5000 })
    .catch(async () => {
      throw new Error(`selected, the ${leaves} nodes should be drawn on their own: ${JSON.stringify(await drawn())}`);
    });
  await background();
  await page.waitForFunction(() => document.querySelectorAll('#sprotty g.ctg-overview').length > 0, null,
    { timeout: 5000 });
  await page.waitForTimeout(200);
  const deselected = await drawn();
  await page.mouse.wheel(0, -100);
  await page.waitForTimeout(200);
  await page.mouse.wheel(0, 100);
  await page.waitForTimeout(200);
  const again = await drawn();
  if (JSON.stringify(deselected) !== JSON.stringify(zoomedOut) || JSON.stringify(again) !== JSON.stringify(zoomedOut)) {
    throw new Error(`deselected, then a step in and back out, the drawing should be as before: `
      + `${JSON.stringify(zoomedOut)}, ${JSON.stringify(deselected)}, ${JSON.stringify(again)}`);
  }
  // Zoomed in step by step until no node is in the overview: at every step each node is drawn once, alone or in it.
  for (let i = 0, now = again; now.overview > 0; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(200);
    now = await drawn();
    if (now.alone + now.overview !== leaves || i === 20) {
      throw new Error(`zooming in, the ${leaves} nodes should each be drawn once: ${JSON.stringify(now)}`);
    }
  }
  await page.screenshot({ path: join(out, 'plan-actions-overview.png') });
  await step('overview');

  const started = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  started.on('pageerror', error => process.stderr.write(`page error: ${error.message}\n`));
  await started.goto(startedAddress);
  await started.waitForSelector('body[data-ctg-started="true"]', { timeout: 30000 });
  if (await nodes(started).count() !== 0) {
    throw new Error('a page started ahead shows no diagram before it is given one');
  }
  await started.evaluate(([id, token]) => window.ctgOpen(id, token), [diagramId, documentToken]);
  await started.waitForSelector('body[data-ctg-ready="true"]', { timeout: 30000 });
  await nodes(started, 'Fiche créée').first().waitFor();
  // It opens as a new page does (fit-on-open.ts): whole in view when readable so (75–100 %), else at 100 %.
  const { scale, whole, left, top } = await started.evaluate(() => {
    const view = document.getElementById('sprotty_graph').getBoundingClientRect();
    const drawn = [...document.querySelectorAll('#sprotty g.ctg-node')].map(n => n.getBoundingClientRect());
    return {
      scale: Number(/scale\(([0-9.e-]+)\)/.exec(document.querySelector('#sprotty svg > g').getAttribute('transform'))[1]),
      whole: drawn.length > 0 && drawn.every(b => b.left >= view.left && b.right <= view.right && b.top >= view.top
        && b.bottom <= view.bottom),
      // where the diagram's top-left corner is drawn, from the view's
      left: Math.min(...drawn.map(b => b.left)) - view.left,
      top: Math.min(...drawn.map(b => b.top)) - view.top
    };
  });
  const atTopLeft = scale === 1 && Math.abs(left - 20) <= 3 && Math.abs(top - 20) <= 3;
  if (!(atTopLeft || (scale >= 0.75 && scale < 1 && whole))) {
    throw new Error(`the diagram should open whole at 75–100 %, or at 100 % from its top-left corner: zoom ${scale},`
      + ` whole in view: ${whole}, corner at ${left}, ${top}`);
  }
  await started.screenshot({ path: join(out, 'plan-actions-started-page.png') });
  await step('started');
  process.stdout.write('DONE\n');
} catch (error) {
  const pages = browser.contexts().flatMap(context => context.pages());
  if (pages.length > 0) {
    await pages[0].screenshot({ path: join(out, 'plan-actions-failure.png') }).catch(() => {});
  }
  process.stdout.write(`FAIL ${String(error && error.stack || error).replace(/\n/g, ' | ')}\n`);
  process.exitCode = 1;
} finally {
  await browser.close();
  process.stdin.destroy();
}
