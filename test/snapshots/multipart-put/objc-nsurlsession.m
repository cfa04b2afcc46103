#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/profile"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"PUT"];
[request setValue:@"42" forHTTPHeaderField:@"X-Request-Id"];

NSString *boundary = @"snipforge-boundary-7MA4YWxkTrZu0gW";
NSMutableData *body = [NSMutableData data];
void (^appendPart)(NSString *, NSData *) = ^(NSString *headers, NSData *content) {
    [body appendData:[[NSString stringWithFormat:@"--%@\r\n%@\r\n\r\n", boundary, headers] dataUsingEncoding:NSUTF8StringEncoding]];
    [body appendData:content];
    [body appendData:[@"\r\n" dataUsingEncoding:NSUTF8StringEncoding]];
};
appendPart(@"Content-Disposition: form-data; name=\"name\"", [@"Ada" dataUsingEncoding:NSUTF8StringEncoding]);
appendPart(@"Content-Disposition: form-data; name=\"tag\"", [@"a" dataUsingEncoding:NSUTF8StringEncoding]);
appendPart(@"Content-Disposition: form-data; name=\"tag\"", [@"b" dataUsingEncoding:NSUTF8StringEncoding]);
appendPart(@"Content-Disposition: form-data; name=\"avatar\"; filename=\"upload.txt\"\r\nContent-Type: text/plain", [NSData dataWithContentsOfFile:@"upload.txt"]);
[body appendData:[[NSString stringWithFormat:@"--%@--\r\n", boundary] dataUsingEncoding:NSUTF8StringEncoding]];
[request setValue:[@"multipart/form-data; boundary=" stringByAppendingString:boundary] forHTTPHeaderField:@"Content-Type"];
[request setHTTPBody:body];

dispatch_semaphore_t semaphore = dispatch_semaphore_create(0);
NSURLSessionDataTask *task = [[NSURLSession sharedSession] dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
    if (error) {
        NSLog(@"%@", error);
    } else {
        NSLog(@"%@", [[NSString alloc] initWithData:data encoding:NSUTF8StringEncoding]);
    }
    dispatch_semaphore_signal(semaphore);
}];
[task resume];
dispatch_semaphore_wait(semaphore, DISPATCH_TIME_FOREVER);
