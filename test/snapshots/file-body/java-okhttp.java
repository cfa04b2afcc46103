OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
MediaType mediaType = MediaType.parse("application/octet-stream");
RequestBody body = RequestBody.create(mediaType, new File("upload.txt"));
Request request = new Request.Builder()
  .url("{{baseUrl}}/blobs/upload.txt")
  .method("PUT", body)
  .addHeader("Content-Type", "application/octet-stream")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
