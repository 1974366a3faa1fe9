/** What the classroom pages know about each exercise and topic (passed from server pages). */
export type ClassroomExercise = {
  slug: string;
  order: number;
  title: string;
  topic: string;
  difficulty: string;
  checksVersion: string;
  checks: { id: string; title: string }[];
};

export type ClassroomTopic = { slug: string; title: string; questions: number };
