import type { IamRequest } from "./iam-policy-evaluator";

/** Starting points for the policy evaluator, each showing one rule of the evaluation logic. */
export interface IamPreset {
  id: string;
  title: string;
  /** What to notice, and what to change to see the other outcome. */
  hint: string;
  identityPolicy: string;
  resourcePolicy: string;
  request: Required<IamRequest>;
}

const ACCOUNT = "123456789012";
const FUNCTION_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:thumbnailer`;
const ORDERS_ARN = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-api`;

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const IAM_PRESETS: IamPreset[] = [
  {
    id: "s3-own-bucket",
    title: "S3 can invoke only from my bucket",
    hint: "Allowed: the notification comes from uploads-bucket in your account. Change the SourceArn to arn:aws:s3:::someone-elses-bucket, or clear SourceAccount, and the conditions stop matching.",
    identityPolicy: "",
    resourcePolicy: json({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "s3-uploads",
          Effect: "Allow",
          Principal: { Service: "s3.amazonaws.com" },
          Action: "lambda:InvokeFunction",
          Resource: FUNCTION_ARN,
          Condition: {
            StringEquals: { "AWS:SourceAccount": ACCOUNT },
            ArnLike: { "AWS:SourceArn": "arn:aws:s3:::uploads-bucket" },
          },
        },
      ],
    }),
    request: { principal: "s3.amazonaws.com", action: "lambda:InvokeFunction", resource: FUNCTION_ARN, sourceArn: "arn:aws:s3:::uploads-bucket", sourceAccount: ACCOUNT },
  },
  {
    id: "explicit-deny",
    title: "Explicit deny beats allow",
    hint: "Two statements allow lambda:* on the orders functions, yet DeleteFunction is denied. Change the action to lambda:UpdateFunctionCode and the allows take effect.",
    identityPolicy: json({
      Version: "2012-10-17",
      Statement: [
        { Sid: "ManageOrders", Effect: "Allow", Action: "lambda:*", Resource: "arn:aws:lambda:*:*:function:orders*" },
        { Sid: "NeverDelete", Effect: "Deny", Action: "lambda:DeleteFunction", Resource: "*" },
      ],
    }),
    resourcePolicy: json({
      Version: "2012-10-17",
      Statement: [{ Sid: "deployer", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/ci-deployer` }, Action: "lambda:*", Resource: ORDERS_ARN }],
    }),
    request: { principal: `arn:aws:iam::${ACCOUNT}:role/ci-deployer`, action: "lambda:DeleteFunction", resource: ORDERS_ARN, sourceArn: "", sourceAccount: "" },
  },
  {
    id: "missing-permission",
    title: "Missing permission",
    hint: "The function's execution role can read and write items but not delete them: nothing allows dynamodb:DeleteItem, so the implicit deny stands (AccessDeniedException). Add it to the first statement's actions to fix it.",
    identityPolicy: json({
      Version: "2012-10-17",
      Statement: [
        { Sid: "OrdersTable", Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem"], Resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders` },
        { Sid: "Logs", Effect: "Allow", Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], Resource: `arn:aws:logs:eu-west-1:${ACCOUNT}:*` },
      ],
    }),
    resourcePolicy: "",
    request: {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/orders-role/orders-api`,
      action: "dynamodb:DeleteItem",
      resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`,
      sourceArn: "",
      sourceAccount: "",
    },
  },
  {
    id: "cross-account",
    title: "Another account invokes the function",
    hint: "The caller's own policy allows lambda:InvokeFunction on *, but the function's policy names nobody from account 222222222222. Across accounts both sides must allow: paste a statement for that role into the resource-based policy.",
    identityPolicy: json({
      Version: "2012-10-17",
      Statement: [{ Sid: "InvokeAnything", Effect: "Allow", Action: "lambda:InvokeFunction", Resource: "*" }],
    }),
    resourcePolicy: json({
      Version: "2012-10-17",
      Statement: [
        { Sid: "api-gateway", Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "lambda:InvokeFunction", Resource: ORDERS_ARN },
      ],
    }),
    request: { principal: "arn:aws:iam::222222222222:role/reporting", action: "lambda:InvokeFunction", resource: ORDERS_ARN, sourceArn: "", sourceAccount: "" },
  },
];
