/**
 * The one way tests drive a quiz, as a reader does: click an answer, press
 * Next (or Skip), wait for the quiz to update. Works on a quiz in any
 * document, the test page's or a frame's.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { text } from './dom.js';

const inQuiz = <T extends Element>(quiz: Element, selector: string) => [
  ...(quiz.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Picks the option `optionId` (or the first) on the current question and presses Next. */
export async function answer(quiz: LitElement, optionId?: string): Promise<void> {
  const radios = inQuiz<HTMLInputElement>(quiz, 'input[type="radio"]');
  const radio = optionId === undefined ? radios[0] : radios.find((r) => r.value === optionId);
  expect(radio, `no answer ${optionId ?? '(first)'} on this question`).to.not.equal(undefined);
  radio!.click();
  await quiz.updateComplete;
  inQuiz<HTMLButtonElement>(quiz, 'button[type="submit"]')[0]!.click();
  await quiz.updateComplete;
}

/** Presses Skip on the current (optional) question. */
export async function skip(quiz: LitElement, label: string): Promise<void> {
  const button = inQuiz<HTMLButtonElement>(quiz, 'button').find((b) => text(b) === label);
  expect(button, 'no Skip button on this question').to.not.equal(undefined);
  button!.click();
  await quiz.updateComplete;
}

/** Answers with the first option until the result shows; returns the suggested type's name. */
export async function finishQuiz(quiz: LitElement): Promise<string> {
  for (let step = 0; step < 50 && inQuiz(quiz, '.result').length === 0; step++) await answer(quiz);
  expect(inQuiz(quiz, '.result'), 'the quiz never reached its result').to.have.length(1);
  return text(inQuiz(quiz, '.suggestion-name')[0] ?? null);
}
