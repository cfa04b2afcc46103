OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
  .addFormDataPart("__proto__", "f1")
  .addFormDataPart("constructor", "f2")
  .addFormDataPart("prototype", "f3")
  .addFormDataPart("toString", "f4")
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/objects")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
