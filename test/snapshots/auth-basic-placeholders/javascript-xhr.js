const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/pets");
xhr.setRequestHeader("Content-Type", "application/json");
xhr.setRequestHeader("Authorization", "Basic " + btoa(String.fromCharCode(...new TextEncoder().encode("{{basicAuthUsername}}:{{basicAuthPassword}}"))));
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send('{"name": "{{petName}}", "tag": "dog"}');
