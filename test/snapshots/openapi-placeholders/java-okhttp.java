OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10")
  .method("GET", null)
  .addHeader("X-API-Key", "{{api_key}}")
  .addHeader("Cookie", "session={{session_id}}; api_key={{api_key}}")
  .addHeader("X-Note", "\"; rm -rf ~; \"")
  .addHeader("Authorization", "Bearer {{bearerAuth}}")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
