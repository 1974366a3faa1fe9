import type { Metadata } from "next";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Simulator" };

export default function SimulatorPage() {
  return (
    <ComingSoon
      title="Simulator"
      what="Write a real handler, configure memory, timeout, concurrency and retries, fire events from an ALB, API Gateway, SQS, SNS, S3 or EventBridge, and watch cold starts, retries and throttles play out on a virtual clock."
      meanwhile={{ href: "/lessons/", label: "Read the lessons" }}
    />
  );
}
