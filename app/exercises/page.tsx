import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Exercises" };

export default function ExercisesPage() {
  return (
    <ComingSoon
      title="Exercises"
      what="Coding challenges graded by running your handler in the simulator: ALB responses, SQS partial batches, idempotent async consumers, canary releases. Teachers will be able to assign them to a class."
      meanwhile={{ href: "/lessons/", label: "Read the lessons" }}
    />
  );
}
