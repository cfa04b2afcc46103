const xhr = new XMLHttpRequest();
xhr.open("PATCH", "{{baseUrl}}/v1/users/{{userId}}");
xhr.setRequestHeader("If-Match", 'W/"etag-1"');
xhr.setRequestHeader("X-Request-Id", "{{requestId}}");
xhr.setRequestHeader("Content-Type", "application/json");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send('{"name": "{{newName}}", "active": true}');
