// One signature box (signature_pad: mouse, pen and touch through pointer events). Reports a PNG data URL
// after each stroke, or null when cleared. The canvas is sized to its box times the device pixel ratio,
// so strokes stay sharp on high-density screens.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';

interface Props {
  readonly label: string;
  readonly onChange: (png: string | null) => void;
}

export function SignaturePadField({ label, onChange }: Props) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const labelId = useId();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const pad = new SignaturePad(canvas, { penColor: '#1a1a80', minWidth: 0.8, maxWidth: 2.6 });
    // Fit the bitmap to the box whenever the box changes (it has no size until the dialog opens),
    // keeping what is drawn (signature_pad's advice).
    const fit = () => {
      const rect = canvas.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const strokes = pad.toData();
      canvas.width = Math.round(rect.width * ratio);
      canvas.height = Math.round(rect.height * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      pad.fromData(strokes);
    };
    fit();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(fit) : null;
    observer?.observe(canvas);
    const report = () => changeRef.current(pad.isEmpty() ? null : pad.toDataURL('image/png'));
    pad.addEventListener('endStroke', report);
    padRef.current = pad;
    return () => {
      observer?.disconnect();
      pad.removeEventListener('endStroke', report);
      pad.off();
      padRef.current = null;
    };
  }, []);

  return (
    <div className="sign-pad">
      <span id={labelId} className="sign-pad-label">{label}</span>
      <canvas ref={canvasRef} className="sign-pad-canvas" role="img" aria-labelledby={labelId} />
      <button
        type="button"
        onClick={() => {
          padRef.current?.clear();
          changeRef.current(null);
        }}
      >
        {t('documents.signDialog.clear')}
      </button>
    </div>
  );
}
