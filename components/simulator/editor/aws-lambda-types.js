// The @types/aws-lambda declarations as text, for Monaco's TypeScript service (IntelliSense for
// ALBEvent, Context, SQSHandler ...). Text import attributes make the bundler inline each file at
// build time: nothing is fetched at run time. This is a .js module because TypeScript refuses to
// import a .d.ts file as a value; aws-lambda-types.d.ts types it. Keep the list complete: a unit
// test compares it with the installed package.
import t_common_api_gateway from "@types/aws-lambda/common/api-gateway.d.ts" with { type: "text" };
import t_common_cloudfront from "@types/aws-lambda/common/cloudfront.d.ts" with { type: "text" };
import t_handler from "@types/aws-lambda/handler.d.ts" with { type: "text" };
import t_index from "@types/aws-lambda/index.d.ts" with { type: "text" };
import t_trigger_alb from "@types/aws-lambda/trigger/alb.d.ts" with { type: "text" };
import t_trigger_amplify_resolver from "@types/aws-lambda/trigger/amplify-resolver.d.ts" with { type: "text" };
import t_trigger_api_gateway_authorizer from "@types/aws-lambda/trigger/api-gateway-authorizer.d.ts" with { type: "text" };
import t_trigger_api_gateway_proxy from "@types/aws-lambda/trigger/api-gateway-proxy.d.ts" with { type: "text" };
import t_trigger_appsync_resolver from "@types/aws-lambda/trigger/appsync-resolver.d.ts" with { type: "text" };
import t_trigger_autoscaling from "@types/aws-lambda/trigger/autoscaling.d.ts" with { type: "text" };
import t_trigger_cdk_custom_resource from "@types/aws-lambda/trigger/cdk-custom-resource.d.ts" with { type: "text" };
import t_trigger_cloudformation_custom_resource from "@types/aws-lambda/trigger/cloudformation-custom-resource.d.ts" with { type: "text" };
import t_trigger_cloudfront_request from "@types/aws-lambda/trigger/cloudfront-request.d.ts" with { type: "text" };
import t_trigger_cloudfront_response from "@types/aws-lambda/trigger/cloudfront-response.d.ts" with { type: "text" };
import t_trigger_cloudwatch_alarm from "@types/aws-lambda/trigger/cloudwatch-alarm.d.ts" with { type: "text" };
import t_trigger_cloudwatch_events from "@types/aws-lambda/trigger/cloudwatch-events.d.ts" with { type: "text" };
import t_trigger_cloudwatch_logs from "@types/aws-lambda/trigger/cloudwatch-logs.d.ts" with { type: "text" };
import t_trigger_codebuild_cloudwatch_state from "@types/aws-lambda/trigger/codebuild-cloudwatch-state.d.ts" with { type: "text" };
import t_trigger_codecommit from "@types/aws-lambda/trigger/codecommit.d.ts" with { type: "text" };
import t_trigger_codepipeline_cloudwatch_action from "@types/aws-lambda/trigger/codepipeline-cloudwatch-action.d.ts" with { type: "text" };
import t_trigger_codepipeline_cloudwatch_pipeline from "@types/aws-lambda/trigger/codepipeline-cloudwatch-pipeline.d.ts" with { type: "text" };
import t_trigger_codepipeline_cloudwatch_stage from "@types/aws-lambda/trigger/codepipeline-cloudwatch-stage.d.ts" with { type: "text" };
import t_trigger_codepipeline_cloudwatch from "@types/aws-lambda/trigger/codepipeline-cloudwatch.d.ts" with { type: "text" };
import t_trigger_codepipeline from "@types/aws-lambda/trigger/codepipeline.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger__common from "@types/aws-lambda/trigger/cognito-user-pool-trigger/_common.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_create_auth_challenge from "@types/aws-lambda/trigger/cognito-user-pool-trigger/create-auth-challenge.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_custom_email_sender from "@types/aws-lambda/trigger/cognito-user-pool-trigger/custom-email-sender.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_custom_message from "@types/aws-lambda/trigger/cognito-user-pool-trigger/custom-message.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_custom_sms_sender from "@types/aws-lambda/trigger/cognito-user-pool-trigger/custom-sms-sender.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_define_auth_challenge from "@types/aws-lambda/trigger/cognito-user-pool-trigger/define-auth-challenge.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_inbound_federation from "@types/aws-lambda/trigger/cognito-user-pool-trigger/inbound-federation.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_index from "@types/aws-lambda/trigger/cognito-user-pool-trigger/index.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_post_authentication from "@types/aws-lambda/trigger/cognito-user-pool-trigger/post-authentication.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_post_confirmation from "@types/aws-lambda/trigger/cognito-user-pool-trigger/post-confirmation.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_pre_authentication from "@types/aws-lambda/trigger/cognito-user-pool-trigger/pre-authentication.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_pre_signup from "@types/aws-lambda/trigger/cognito-user-pool-trigger/pre-signup.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_pre_token_generation_v2 from "@types/aws-lambda/trigger/cognito-user-pool-trigger/pre-token-generation-v2.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_pre_token_generation_v3 from "@types/aws-lambda/trigger/cognito-user-pool-trigger/pre-token-generation-v3.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_pre_token_generation from "@types/aws-lambda/trigger/cognito-user-pool-trigger/pre-token-generation.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_user_migration from "@types/aws-lambda/trigger/cognito-user-pool-trigger/user-migration.d.ts" with { type: "text" };
import t_trigger_cognito_user_pool_trigger_verify_auth_challenge_response from "@types/aws-lambda/trigger/cognito-user-pool-trigger/verify-auth-challenge-response.d.ts" with { type: "text" };
import t_trigger_connect_contact_flow from "@types/aws-lambda/trigger/connect-contact-flow.d.ts" with { type: "text" };
import t_trigger_dynamodb_stream from "@types/aws-lambda/trigger/dynamodb-stream.d.ts" with { type: "text" };
import t_trigger_eventbridge from "@types/aws-lambda/trigger/eventbridge.d.ts" with { type: "text" };
import t_trigger_guard_duty_event_notification from "@types/aws-lambda/trigger/guard-duty-event-notification.d.ts" with { type: "text" };
import t_trigger_iot_authorizer from "@types/aws-lambda/trigger/iot-authorizer.d.ts" with { type: "text" };
import t_trigger_iot from "@types/aws-lambda/trigger/iot.d.ts" with { type: "text" };
import t_trigger_kinesis_firehose_transformation from "@types/aws-lambda/trigger/kinesis-firehose-transformation.d.ts" with { type: "text" };
import t_trigger_kinesis_stream from "@types/aws-lambda/trigger/kinesis-stream.d.ts" with { type: "text" };
import t_trigger_lambda_function_url from "@types/aws-lambda/trigger/lambda-function-url.d.ts" with { type: "text" };
import t_trigger_lex_v2 from "@types/aws-lambda/trigger/lex-v2.d.ts" with { type: "text" };
import t_trigger_lex from "@types/aws-lambda/trigger/lex.d.ts" with { type: "text" };
import t_trigger_msk from "@types/aws-lambda/trigger/msk.d.ts" with { type: "text" };
import t_trigger_s3_batch from "@types/aws-lambda/trigger/s3-batch.d.ts" with { type: "text" };
import t_trigger_s3_event_notification from "@types/aws-lambda/trigger/s3-event-notification.d.ts" with { type: "text" };
import t_trigger_s3 from "@types/aws-lambda/trigger/s3.d.ts" with { type: "text" };
import t_trigger_secretsmanager from "@types/aws-lambda/trigger/secretsmanager.d.ts" with { type: "text" };
import t_trigger_self_managed_kafka from "@types/aws-lambda/trigger/self-managed-kafka.d.ts" with { type: "text" };
import t_trigger_ses from "@types/aws-lambda/trigger/ses.d.ts" with { type: "text" };
import t_trigger_sns from "@types/aws-lambda/trigger/sns.d.ts" with { type: "text" };
import t_trigger_sqs from "@types/aws-lambda/trigger/sqs.d.ts" with { type: "text" };
import t_trigger_transfer_family_authorizer from "@types/aws-lambda/trigger/transfer-family-authorizer.d.ts" with { type: "text" };

/** Path inside the package → declaration text. */
export const awsLambdaTypes = {
  "common/api-gateway.d.ts": t_common_api_gateway,
  "common/cloudfront.d.ts": t_common_cloudfront,
  "handler.d.ts": t_handler,
  "index.d.ts": t_index,
  "trigger/alb.d.ts": t_trigger_alb,
  "trigger/amplify-resolver.d.ts": t_trigger_amplify_resolver,
  "trigger/api-gateway-authorizer.d.ts": t_trigger_api_gateway_authorizer,
  "trigger/api-gateway-proxy.d.ts": t_trigger_api_gateway_proxy,
  "trigger/appsync-resolver.d.ts": t_trigger_appsync_resolver,
  "trigger/autoscaling.d.ts": t_trigger_autoscaling,
  "trigger/cdk-custom-resource.d.ts": t_trigger_cdk_custom_resource,
  "trigger/cloudformation-custom-resource.d.ts": t_trigger_cloudformation_custom_resource,
  "trigger/cloudfront-request.d.ts": t_trigger_cloudfront_request,
  "trigger/cloudfront-response.d.ts": t_trigger_cloudfront_response,
  "trigger/cloudwatch-alarm.d.ts": t_trigger_cloudwatch_alarm,
  "trigger/cloudwatch-events.d.ts": t_trigger_cloudwatch_events,
  "trigger/cloudwatch-logs.d.ts": t_trigger_cloudwatch_logs,
  "trigger/codebuild-cloudwatch-state.d.ts": t_trigger_codebuild_cloudwatch_state,
  "trigger/codecommit.d.ts": t_trigger_codecommit,
  "trigger/codepipeline-cloudwatch-action.d.ts": t_trigger_codepipeline_cloudwatch_action,
  "trigger/codepipeline-cloudwatch-pipeline.d.ts": t_trigger_codepipeline_cloudwatch_pipeline,
  "trigger/codepipeline-cloudwatch-stage.d.ts": t_trigger_codepipeline_cloudwatch_stage,
  "trigger/codepipeline-cloudwatch.d.ts": t_trigger_codepipeline_cloudwatch,
  "trigger/codepipeline.d.ts": t_trigger_codepipeline,
  "trigger/cognito-user-pool-trigger/_common.d.ts": t_trigger_cognito_user_pool_trigger__common,
  "trigger/cognito-user-pool-trigger/create-auth-challenge.d.ts": t_trigger_cognito_user_pool_trigger_create_auth_challenge,
  "trigger/cognito-user-pool-trigger/custom-email-sender.d.ts": t_trigger_cognito_user_pool_trigger_custom_email_sender,
  "trigger/cognito-user-pool-trigger/custom-message.d.ts": t_trigger_cognito_user_pool_trigger_custom_message,
  "trigger/cognito-user-pool-trigger/custom-sms-sender.d.ts": t_trigger_cognito_user_pool_trigger_custom_sms_sender,
  "trigger/cognito-user-pool-trigger/define-auth-challenge.d.ts": t_trigger_cognito_user_pool_trigger_define_auth_challenge,
  "trigger/cognito-user-pool-trigger/inbound-federation.d.ts": t_trigger_cognito_user_pool_trigger_inbound_federation,
  "trigger/cognito-user-pool-trigger/index.d.ts": t_trigger_cognito_user_pool_trigger_index,
  "trigger/cognito-user-pool-trigger/post-authentication.d.ts": t_trigger_cognito_user_pool_trigger_post_authentication,
  "trigger/cognito-user-pool-trigger/post-confirmation.d.ts": t_trigger_cognito_user_pool_trigger_post_confirmation,
  "trigger/cognito-user-pool-trigger/pre-authentication.d.ts": t_trigger_cognito_user_pool_trigger_pre_authentication,
  "trigger/cognito-user-pool-trigger/pre-signup.d.ts": t_trigger_cognito_user_pool_trigger_pre_signup,
  "trigger/cognito-user-pool-trigger/pre-token-generation-v2.d.ts": t_trigger_cognito_user_pool_trigger_pre_token_generation_v2,
  "trigger/cognito-user-pool-trigger/pre-token-generation-v3.d.ts": t_trigger_cognito_user_pool_trigger_pre_token_generation_v3,
  "trigger/cognito-user-pool-trigger/pre-token-generation.d.ts": t_trigger_cognito_user_pool_trigger_pre_token_generation,
  "trigger/cognito-user-pool-trigger/user-migration.d.ts": t_trigger_cognito_user_pool_trigger_user_migration,
  "trigger/cognito-user-pool-trigger/verify-auth-challenge-response.d.ts": t_trigger_cognito_user_pool_trigger_verify_auth_challenge_response,
  "trigger/connect-contact-flow.d.ts": t_trigger_connect_contact_flow,
  "trigger/dynamodb-stream.d.ts": t_trigger_dynamodb_stream,
  "trigger/eventbridge.d.ts": t_trigger_eventbridge,
  "trigger/guard-duty-event-notification.d.ts": t_trigger_guard_duty_event_notification,
  "trigger/iot-authorizer.d.ts": t_trigger_iot_authorizer,
  "trigger/iot.d.ts": t_trigger_iot,
  "trigger/kinesis-firehose-transformation.d.ts": t_trigger_kinesis_firehose_transformation,
  "trigger/kinesis-stream.d.ts": t_trigger_kinesis_stream,
  "trigger/lambda-function-url.d.ts": t_trigger_lambda_function_url,
  "trigger/lex-v2.d.ts": t_trigger_lex_v2,
  "trigger/lex.d.ts": t_trigger_lex,
  "trigger/msk.d.ts": t_trigger_msk,
  "trigger/s3-batch.d.ts": t_trigger_s3_batch,
  "trigger/s3-event-notification.d.ts": t_trigger_s3_event_notification,
  "trigger/s3.d.ts": t_trigger_s3,
  "trigger/secretsmanager.d.ts": t_trigger_secretsmanager,
  "trigger/self-managed-kafka.d.ts": t_trigger_self_managed_kafka,
  "trigger/ses.d.ts": t_trigger_ses,
  "trigger/sns.d.ts": t_trigger_sns,
  "trigger/sqs.d.ts": t_trigger_sqs,
  "trigger/transfer-family-authorizer.d.ts": t_trigger_transfer_family_authorizer,
};
