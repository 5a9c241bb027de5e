import type { Level1, Level2, Project } from '@jixiao/core';
import type { LibrarySuggestion } from '../../api/library-types';
import { groupIndicatorRows, insertPosition } from './group-indicator-rows';
import type { ProjectEditor } from './use-project-editor';

/**
 * Adds a suggested indicator to its category of the grid (after the category's last row) with the
 * typical value as a starting target; returns the array index it was inserted at.
 */
export function addSuggestedIndicator(project: Project, editor: ProjectEditor, s: LibrarySuggestion): number {
  const groups = groupIndicatorRows(project.indicators, project.categoryMarks);
  const category = groups.flatMap((g) => g.categories).find((c) => c.level2 === s.level2);
  const at = category ? insertPosition(groups, category) : project.indicators.length;
  editor.insertIndicator(at, s.level1 as Level1, s.level2 as Level2);
  editor.updateIndicator(at, { name: s.name, targetText: s.targetText });
  return at;
}
