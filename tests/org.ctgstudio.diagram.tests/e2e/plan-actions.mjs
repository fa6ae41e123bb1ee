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
