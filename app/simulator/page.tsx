import type { Metadata } from "next";
import { SimulatorApp } from "@/components/simulator/simulator-app";

export const metadata: Metadata = {
  title: "Simulator",
  description: "Write a Lambda handler, configure it, fire events and watch cold starts, retries, throttles and versions play out on a virtual clock.",
};

export default function SimulatorPage() {
  return (
    <div className="simulator-page">
      <h1>Simulator</h1>
      <p className="lead">
        Write a real handler and watch what Lambda does with it: cold and warm starts, retries, throttles, versions and aliases, on a virtual clock that makes
        minutes of retries take a moment. Everything runs in your browser.
      </p>
      <SimulatorApp />
    </div>
  );
}
