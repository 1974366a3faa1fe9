/** Path inside @types/aws-lambda (e.g. "trigger/alb.d.ts") → the file's text. */
export declare const awsLambdaTypes: Readonly<Record<string, string>>;
