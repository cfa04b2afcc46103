#import <Foundation/Foundation.h>

NSURL *url = [NSURL URLWithString:@"{{baseUrl}}/form"];
NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
[request setHTTPMethod:@"POST"];
[request setValue:@"application/x-www-form-urlencoded" forHTTPHeaderField:@"Content-Type"];
[request setHTTPBody:[@"a%20b=c%26d%3De&plus=1%2B2%203&pct=50%25&utf=%C3%A9t%C3%A9%20%E2%98%83%20%F0%9F%98%80&k=first&k=second&empty=&multi=line1%0Aline2&q=%22%27%60%24x%20%23%7By%7D" dataUsingEncoding:NSUTF8StringEncoding]];

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
