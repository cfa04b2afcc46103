OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = RequestBody.create(null, new byte[0]);
Request request = new Request.Builder()
  .url("{{baseUrl}}/jobs/42/run")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
