/**
 * Shows a diagram enlarged in the page's <dialog data-hb-zoom> (DiagramZoom.astro), with Panzoom:
 * drag to pan, wheel or pinch to zoom, the toolbar's buttons, and + / - / 0 on the keyboard. The SVG
 * itself moves into the dialog and back when it closes, so the page never holds two copies (their
 * ids and stylesheets would clash). Escape closes (native <dialog>), and focus returns to where it was.
 */
import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';

/** Opens `figure`'s diagram in the dialog. */
function openDiagram(figure: Element): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-hb-zoom]');
  const svg = figure.querySelector<SVGSVGElement>('.hb-diagram__frame svg');
  if (!dialog || !svg || dialog.open) return;
  const stage = dialog.querySelector<HTMLElement>('.hb-zoom__stage')!;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const home = { parent: svg.parentElement!, next: svg.nextSibling };
  const box = svg.viewBox.baseVal;

  dialog.setAttribute('aria-label', figure.querySelector('.hb-diagram__frame')?.getAttribute('aria-label') ?? '');
  svg.style.width = `${box.width}px`;
  svg.style.height = `${box.height}px`;
  stage.append(svg);
  dialog.showModal();

  // The whole diagram with a margin, but never above twice its natural size.
  const fit = () => 0.95 * Math.min(stage.clientWidth / box.width, stage.clientHeight / box.height, 2);
  const panzoom: PanzoomObject = Panzoom(svg, { startScale: fit(), minScale: 0.1, maxScale: 10, step: 0.25, canvas: true });
  const onWheel = (event: WheelEvent) => panzoom.zoomWithWheel(event);
  const actions: Record<string, () => void> = {
    in: () => panzoom.zoomIn(),
    out: () => panzoom.zoomOut(),
    fit: () => panzoom.reset(),
    close: () => dialog.close(),
  };
  const onClick = (event: MouseEvent) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset.zoom;
    if (action) actions[action]?.();
  };
  const onKey = (event: KeyboardEvent) => {
    const action = ({ '+': 'in', '=': 'in', '-': 'out', '0': 'fit' } as Record<string, string>)[event.key];
    if (action) actions[action]!();
  };
  stage.addEventListener('wheel', onWheel);
  dialog.addEventListener('click', onClick);
  dialog.addEventListener('keydown', onKey);
  dialog.addEventListener(
    'close',
    () => {
      stage.removeEventListener('wheel', onWheel);
      dialog.removeEventListener('click', onClick);
      dialog.removeEventListener('keydown', onKey);
      panzoom.destroy();
      panzoom.resetStyle();
      svg.style.removeProperty('width');
      svg.style.removeProperty('height');
      svg.style.removeProperty('transform');
      home.parent.insertBefore(svg, home.next);
      returnFocus?.focus();
    },
    { once: true },
  );
}

/** Opens the figure DiagramZoom.astro's bootstrap marked, now (this module has just loaded) and on each later request. */
function openMarked(): void {
  const figure = document.querySelector<HTMLElement>('.hb-diagram[data-zoom]');
  if (!figure) return;
  delete figure.dataset.zoom;
  openDiagram(figure);
}
addEventListener('hb-zoom', openMarked);
openMarked();
