const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/me");
xhr.setRequestHeader("Authorization", "Basic YW5uOnBAc3M6d8O2cmQ=");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
