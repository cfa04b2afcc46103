OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/")
  .method("GET", null)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
