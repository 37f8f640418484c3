/**
 * View of the exercise kit (docs/exercise.md): the stimuli of src/exercise laid out as the
 * outline says — frame, participants, chronogram, one card per stimulus, observation grid,
 * RETEX and the `exercises` entry to paste into the plan. Every string is final French text.
 */
import type { DocumentMeta } from "../doc/model.js";
import type { ExerciseLevel, Scenario } from "../plan/types.js";
import { formatClock, formatGameTime, type ExerciseKit, type Stimulus } from "../exercise/index.js";
import { answeringProcedures, impactedServices } from "../exercise/stimuli-recovery.js";
import { kitContext } from "../exercise/context.js";
import type { ViewInput } from "./input.js";
import { formatDuration, NBSP } from "../text/french.js";
import { absent, criticalityLabel, scenarioKindLabel } from "./labels.js";
import { coverView, documentMeta, type CoverView } from "./meta.js";
import { contactWithPhone, nameOf, orAbsent, viewContext, type ViewContext } from "./shared/context.js";
import { directoryView } from "./shared/directory.js";
import { findingSubject, findingTitle } from "./shared/findings.js";
import { kv, table, type KvView, type TableView } from "./shared/types.js";
import { exerciseRecord } from "./exercise-record.js";

export const exerciseCoverTitle = "Kit d’exercice de crise";
export const exerciseSigle = "Exercice";
export const observedBoxes = "\u2610 Oui \u2610 Partiel \u2610 Non";
/** Blank lines of the `Observations` area of each card. */
export const OBSERVATION_LINES = 8;

export const levelWord: Record<ExerciseLevel, string> = {
  beginner: "débutant",
  intermediate: "intermédiaire",
  confirmed: "confirmé",
};

export interface CardView {
  /** `Stimulus <n> – <title>`: the template's `## {{heading}} {item}`, numbered 4.n by src/doc. */
  heading: string;
  /** The first card follows the chapter heading; the others start a new page. */
  newPage: boolean;
  table: KvView;
  message: string;
  expected: string[];
  findings: string[];
  /** `OBSERVATION_LINES` empty strings: one blank ruled row each. */
  lines: string[];
}

export interface ExerciseView {
  common: { meta: DocumentMeta; cover: CoverView; directory: TableView };
  objectives: string[];
  scenario: { kind: string; description: string | null; unavailable: string; impacted: TableView };
  timing: KvView;
  compression: string;
  players: TableView;
  animation: TableView;
  rules: string[];
  chronogram: TableView;
  cards: CardView[];
  grid: TableView;
  retex: string[];
  findings: TableView;
  record: { intro: string; yaml: string };
}

const objectivesByLevel: Record<ExerciseLevel, string[]> = {
  beginner: [
    "Connaître son rôle dans la cellule de crise et savoir où trouver les fiches du plan.",
    "Donner l’alerte et réunir la cellule de crise avec l’annuaire papier.",
    "Déclencher les premières procédures dégradées des activités touchées.",
  ],
  intermediate: [
    "Réunir la cellule de crise et tenir la main courante pendant toute la durée du jeu.",
    "Déclencher les procédures dégradées des activités touchées et suivre leur durée de tenue.",
    "Faire les notifications et signalements obligatoires dans les délais du plan.",
    "Arrêter l’ordre de reprise et faire face à l’absence d’un titulaire.",
  ],
  confirmed: [
    "Conduire la crise dans la durée : procédures dégradées, notifications, communication, reprise.",
    "Mettre à l’épreuve les points faibles connus du plan (rôles sans suppléant, échéances non tenables, sauvegardes fragiles).",
    "Décider sous contrainte quand la reprise prend plus de temps que prévu.",
  ],
};

const rules = [
  "Jouer comme si la situation était réelle, sans agir sur les systèmes ni les patients réels.",
  "N’utiliser que les numéros et les documents du plan : annuaire de crise, fiches réflexes, procédures dégradées.",
  "Noter chaque décision et chaque action sur la main courante, avec l’heure et son auteur.",
  "Un animateur peut suspendre le jeu à tout moment ; l’annonce « exercice, exercice, exercice » précède chaque appel vers l’extérieur.",
];

const retexQuestions = [
  "Qu’est-ce qui a bien fonctionné ?",
  "Qu’est-ce qui a bloqué ou ralenti la cellule ?",
  "Quelle information, quel numéro ou quelle fiche a manqué sur papier ?",
  "Quelles modifications du plan faut-il faire, par qui et pour quand ?",
];

/** French typography of the fixed sentences above (docs/documents.md §1.5). */
function french(text: string): string {
  return text
    .replace(/ ([:»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ ([;!?])/g, "\u202f$1");
}

function simulated(s: Stimulus): string {
  return s.simulatedMinutes === null ? absent.notApplicable : formatDuration(s.simulatedMinutes);
}

function hour(s: Stimulus): string {
  return `${s.clock} (${formatGameTime(s.gameMinutes)})`;
}

/** Title (docs/documents.md 7.2) and subject name of each finding a stimulus puts to the test. */
function stimulusFindings(ctx: ViewContext, s: Stimulus): { title: string; subject: string }[] {
  return s.findings.map((f) => {
    const finding = ctx.input.findings.find((x) => x.code === f.code && x.subject === f.subject);
    const subject = finding
      ? findingSubject(ctx, finding)
      : f.code === "missing-deputy"
        ? f.subject
        : nameOf(ctx, f.subject);
    return { title: findingTitle[f.code], subject };
  });
}

function scenarioPart(input: ViewInput, ctx: ViewContext, scenario: Scenario): ExerciseView["scenario"] {
  const kit = kitContext({ ...input, scenario, level: "confirmed" });
  const lost = input.recovery.ranked.map((r) => r.name);
  const rows = impactedServices(kit).map((id) => {
    const s = ctx.services.get(id)!;
    const facts = ctx.serviceFacts.get(id);
    const procedures = answeringProcedures(kit, id).map((p) => p.title);
    return [
      s.name,
      criticalityLabel[s.criticality],
      facts ? formatDuration(facts.effectiveRtoMinutes) : absent.value,
      procedures.length > 0 ? procedures.join(", ") : absent.none,
    ];
  });
  return {
    kind: scenarioKindLabel[scenario.kind],
    description: scenario.description ?? null,
    unavailable: lost.length > 0 ? lost.join(", ") : absent.none,
    impacted: table(["Activité", "Criticité", "RTO effectif", "Procédure dégradée"], rows, [3, 1, 1, 4]),
  };
}

function timingPart(kit: ExerciseKit, startMinutes: number): { timing: KvView; compression: string } {
  const endOfPlay = startMinutes + kit.playMinutes;
  const span = Math.max(0, ...kit.stimuli.map((s) => s.simulatedMinutes ?? 0));
  return {
    timing: kv([
      ["Date", ""],
      ["Début", formatClock(startMinutes)],
      ["Durée de jeu", formatDuration(kit.playMinutes)],
      ["Fin du jeu", formatClock(endOfPlay)],
      ["RETEX à chaud", `${formatClock(endOfPlay)} – ${formatClock(endOfPlay + 30)}`],
    ]),
    compression:
      `Le temps est compressé${NBSP}: les stimuli couvrent les ${formatDuration(span)} qui suivent l’incident ` +
      `(temps simulé) et sont joués en ${formatDuration(kit.playMinutes)}. Chaque carte donne les deux heures, ` +
      `pour que l’animateur puisse annoncer par exemple «${NBSP}il est maintenant T${NBSP}+${NBSP}2${NBSP}h dans le scénario${NBSP}».`,
  };
}

export function exerciseView(
  input: ViewInput,
  scenario: Scenario,
  kit: ExerciseKit,
  startMinutes: number,
): ExerciseView {
  const ctx = viewContext(input);
  const cover = coverView(ctx, "pca");
  const meta = documentMeta(ctx, "pca");
  const e = input.plan.establishment;
  const cards: CardView[] = kit.stimuli.map((s, i) => ({
    heading: `Stimulus ${s.n} – ${s.title}`,
    newPage: i > 0,
    table: kv([
      ["Heure", hour(s)],
      ["Temps simulé", simulated(s)],
      ["De", s.sender],
      ["À", s.recipient],
      ["Canal", s.channel],
    ]),
    message: s.message,
    expected: s.expected,
    findings: stimulusFindings(ctx, s).map((f) => `${f.title}${NBSP}: ${f.subject}`),
    lines: Array.from({ length: OBSERVATION_LINES }, () => ""),
  }));
  const findingRows = kit.stimuli.flatMap((s) =>
    stimulusFindings(ctx, s).map((f) => [f.title, f.subject, `Stimulus ${s.n}`]),
  );
  return {
    common: {
      meta: {
        ...meta,
        title: `${exerciseCoverTitle} – ${e.name}`,
        footer: { ...meta.footer, left: meta.footer.left.replace(/^PCA/, exerciseSigle) },
      },
      cover: {
        ...cover,
        title: exerciseCoverTitle,
        planTitle: `${scenario.title} – niveau ${levelWord[kit.level]}`,
      },
      directory: directoryView(ctx),
    },
    objectives: [
      ...objectivesByLevel[kit.level].map(french),
      french("Répondre à l’objectif O1.D du programme CaRE : tester la mise en œuvre du PCA."),
    ],
    scenario: scenarioPart(input, ctx, scenario),
    ...timingPart(kit, startMinutes),
    players: table(
      ["Rôle", "Titulaire", "Suppléant"],
      input.plan.crisis.cell.map((r) => [
        r.role,
        orAbsent(contactWithPhone(ctx, r.contact)),
        r.deputy === undefined || r.deputy === r.contact
          ? absent.notAppointed
          : orAbsent(contactWithPhone(ctx, r.deputy)),
      ]),
      [2, 3, 3],
    ),
    animation: table(
      ["Fonction", "Nom", "Mission"],
      [
        [
          "Directeur d’exercice",
          "",
          "Lance et arrête le jeu, tranche les questions de règles, anime le RETEX à chaud.",
        ],
        [
          "Animateur",
          "",
          "Remet les cartes à l’heure du chronogramme et joue les interlocuteurs extérieurs.",
        ],
        ["Observateur", "", "Suit la cellule de crise et remplit la grille d’observation."],
        ["Observateur", "", "Suit les services et le terrain et remplit la grille d’observation."],
      ],
      [2, 2, 5],
    ),
    rules: rules.map(french),
    chronogram: table(
      ["N°", "Heure", "Temps simulé", "De", "À", "Stimulus"],
      kit.stimuli.map((s) => [String(s.n), hour(s), simulated(s), s.sender, s.recipient, s.title]),
      [1, 3, 2, 3, 3, 4],
    ),
    cards,
    grid: table(
      ["N°", "Réaction attendue", "Observée", "Heure", "Commentaire"],
      kit.stimuli.flatMap((s) => s.expected.map((x) => [String(s.n), x, observedBoxes, "", ""])),
      [2, 10, 7, 3, 5],
    ),
    retex: retexQuestions.map(french),
    findings: table(["Constat", "Sujet", "Stimulus"], findingRows, [3, 4, 2]),
    record: exerciseRecord(input.plan, scenario, kit.level),
  };
}
