import { relatedAcross, type NormalizedStory, type StoryView } from '@floke/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FlokeElement } from '../base/floke-element.js';
import { renderCalmProblems, type ProblemMode } from '../base/calm-problems.js';
import { problemSummaryStyles } from '../base/problem-summary.styles.js';
import { themeStyles } from '../base/theme.js';
import { renderExplorerView, type ViewSelection } from '../explorer/render-view.js';
import { UrlSyncController, type UrlSyncHost } from '../explorer/url-sync.js';
import { storyStyles } from './floke-story.styles.js';
import { STORY_STRINGS, type StoryStrings } from './story-strings.js';
import { captionLanguage, renderProgressMarks, renderStepSources } from './story-templates.js';
import { STORY_HASH, formatStoryHash, type StoryUrlState } from './story-url.js';

const NO_SELECTION: ViewSelection = { selected: undefined, related: [], relatedTo: undefined };

/** Keys that step the player, and where they go. */
const STEP_KEYS: Readonly<Record<string, 'previous' | 'next' | 'first' | 'last'>> = {
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  Home: 'first',
  End: 'last',
};

/**
 * Plays a story of the document (`views.stories`): step by step, each step a view with what it selects, highlights,
 * filters or tours, and a caption with its sources. The caption is announced in a live region ("Steg 2 av 10. …").
 *
 * Keys, when focus is in the player (its buttons, link or sources): Left/Up or PageUp go to the previous step,
 * Right/Down or PageDown to the next, Home and End to the first and last. Inside the view its own keys apply. At
 * either end the previous/next button stays focusable and says it is unavailable (`aria-disabled`), so focus never
 * falls to `<body>`. Under `prefers-reduced-motion: reduce` a step appears without its short fade.
 *
 * Each step is a deep link: `#story=tredemolla&step=3` (the "Lenke til dette steget" link). With `sync-url` the
 * player reads the hash on load and on Back/Forward, and each step adds a history entry.
 *
 * @tagname floke-story
 * @summary A guided story through the views, step by step.
 *
 * @event {{story: string, step: number}} floke-story-step - The reader moved to another step (bubbles, composed).
 *
 * @csspart player - The caption, progress and controls.
 * @csspart progress - The progress line ("Steg 2 av 10").
 * @csspart caption - The step's caption.
 * @csspart sources - The step's sources.
 * @csspart controls - The previous/next buttons and the step link.
 * @csspart view - The view the step shows.
 */
export class FlokeStory extends FlokeElement implements UrlSyncHost<StoryUrlState> {
  static override styles = [themeStyles, problemSummaryStyles, storyStyles];

  /** Id of the story to play; the document's first story by default. */
  @property({ reflect: true }) story?: string;

  /** The step shown, from 1 (reflected). */
  @property({ type: Number, reflect: true }) step = 1;

  /** Keep the story and step in `location.hash` (`#story=tredemolla&step=3`), and follow Back and Forward. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Level of the story's title; the view inside uses the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How problems show (attribute `problems`): `none`, `summary` (default) or `full`. */
  @property({ attribute: 'problems' }) problemDisplay: ProblemMode = 'summary';

  @state() private announcement = '';

  /** Set on a step the reader moved to, so only those fade in (not the first paint). */
  @state() private entering = false;

  readonly #url = new UrlSyncController<StoryUrlState>(this, STORY_HASH);

  /** The player's texts in its language. */
  get storyStrings(): StoryStrings {
    return STORY_STRINGS[this.uiLanguage];
  }

  /** The story played: the one named by `story`, else the first. */
  get currentStory(): NormalizedStory | undefined {
    const stories = this.model?.views.stories ?? [];
    return this.story === undefined ? stories[0] : stories.find((s) => s.id === this.story);
  }

  /** The step shown (from 1), within the story's steps. */
  get position(): number {
    const count = this.currentStory?.steps.length ?? 1;
    return Math.min(Math.max(Math.round(this.step) || 1, 1), count);
  }

  /** Goes to a step (from 1), announces its caption, and emits `floke-story-step`. */
  goTo(position: number): void {
    const story = this.currentStory;
    if (!story) return;
    const next = Math.min(Math.max(position, 1), story.steps.length);
    if (next === this.position) return;
    this.step = next;
    this.entering = true;
    this.#announceStep();
    this.#url.write('push');
    this.emit('floke-story-step', { story: story.id, step: next });
  }

  next(): void {
    this.goTo(this.position + 1);
  }

  previous(): void {
    this.goTo(this.position - 1);
  }

  /** The deep link of a step of the story played. */
  stepHash(position: number): string {
    return formatStoryHash({ ...(this.currentStory ? { story: this.currentStory.id } : {}), step: position });
  }

  urlState(): StoryUrlState {
    return { ...(this.currentStory ? { story: this.currentStory.id } : {}), step: this.position };
  }

  applyUrlState(url: StoryUrlState): void {
    if (url.story !== undefined) this.story = url.story;
    if (url.step !== undefined && url.step !== this.step) {
      this.step = url.step;
      this.entering = true;
      // The model may not be here yet; the step is announced once it is.
      void this.updateComplete.then(() => this.#announceStep());
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('syncUrl')) this.#url.follow(this.syncUrl);
  }

  #announceStep(): void {
    const step = this.currentStory?.steps[this.position - 1];
    if (step) this.announcement = this.storyStrings.announcement(this.position, this.currentStory!.steps.length, step.caption);
  }

  #onPlayerKeydown = (event: KeyboardEvent) => {
    const move = STEP_KEYS[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const count = this.currentStory?.steps.length ?? 1;
    this.goTo(move === 'previous' ? this.position - 1 : move === 'next' ? this.position + 1 : move === 'first' ? 1 : count);
  };

  #onLinkClick = (event: MouseEvent) => {
    // The step link is for copying and sharing; followed here it keeps the reader on the step without a reload.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (this.syncUrl) this.#url.write('replace');
  };

  #selectionIn(view: Exclude<StoryView, 'overview'>, id: string | undefined): ViewSelection {
    const model = this.model;
    if (!model || !id || !model.elements.some((e) => e.id === id)) return NO_SELECTION;
    const across = relatedAcross(model, id)[view];
    return across.appears
      ? { selected: id, related: [], relatedTo: undefined }
      : { selected: undefined, related: across.related, relatedTo: id };
  }

  protected override render() {
    const model = this.model;
    const t = this.storyStrings;
    if (!model) {
      const problems = renderCalmProblems(this.problems, this.problemDisplay, this.uiStrings, this.uiLanguage, this.headingLevel);
      return html`${problems}
        <p class="status" role="status">${this.loading ? this.uiStrings.loading : this.uiStrings.noDocument}</p>`;
    }
    const story = this.currentStory;
    if (!story) {
      const message = this.story === undefined ? t.noStories : t.storyMissing(this.story);
      return html`<p class="status" role="status">${message}</p>`;
    }
    const position = this.position;
    const count = story.steps.length;
    const step = story.steps[position - 1]!;
    const level = Math.min(Math.max(this.headingLevel, 1), 6);
    return html`
      ${renderCalmProblems(this.problems, this.problemDisplay, this.uiStrings, this.uiLanguage, this.headingLevel)}
      <div role="heading" aria-level=${level} class="title">${story.title}</div>
      ${story.description ? html`<p class="description">${story.description}</p>` : nothing}
      <div class="player" part="player" role="group" aria-label=${t.player(story.title)} @keydown=${this.#onPlayerKeydown}>
        <p class="progress" part="progress">${t.progress(position, count)} · ${t.showing(t.viewNames[step.view])}</p>
        ${renderProgressMarks(position, count)}
        <p class=${this.entering ? 'caption step-enter' : 'caption'} part="caption" lang=${captionLanguage(step, model.language)}>
          ${step.caption}
        </p>
        ${renderStepSources(step, model, t)}
        <div class="controls" part="controls">
          <button class="previous" aria-disabled=${position === 1 ? 'true' : 'false'} @click=${() => this.previous()}>
            <span aria-hidden="true">‹</span> ${t.previous}
          </button>
          <button class="next" aria-disabled=${position === count ? 'true' : 'false'} @click=${() => this.next()}>
            ${t.next} <span aria-hidden="true">›</span>
          </button>
          <a class="step-link" href=${this.stepHash(position)} @click=${this.#onLinkClick}>${t.stepLink}</a>
        </div>
      </div>
      <div class=${this.entering ? 'view step-enter' : 'view'} part="view">
        ${renderExplorerView(step.view, {
          model,
          compareModel: undefined,
          selected: step.selected,
          selection: step.view === 'overview' ? undefined : this.#selectionIn(step.view, step.selected),
          filters: step.filters,
          loop: step.loop,
          tourStep: step.tour,
          // The view's own headings (layers, details) come one below the story's title.
          headingLevel: level,
          problems: 'none',
        })}
      </div>
      <p class="help">${t.keyboardHelp}</p>
      <div class="sr-only" role="status">${this.announcement}</div>
    `;
  }
}
